# Writer g, batch 01: hospitals and clinics (referrals, discharge summaries, EMR, staff lists).
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s5-g01-001", "kind": "referral_letter", "text": """진 료 의 뢰 서

환자성명 : [[PERSON:정순옥]] (여 / 71세)          등록번호 : {{patient_number:00483127}}
주민등록번호 : [[KR_RRN:530817-2******]]
주    소 : [[KR_ADDRESS:경기도 수원시 장안구 정자로 146, 203동 704호 (정자동, 백설마을코오롱아파트)]]
연 락 처 : [[PHONE_NUMBER:031-247-5583]] / 보호자(딸 [[PERSON:최미경]]) [[PHONE_NUMBER:010-8832-1047]]

상 병 명 : #1. 우측 대퇴골 경부 골절 ({{code:S72.00}})
           #2. 고혈압 ({{code:I10}})
의뢰내용 : 상기 환자 {{date:2024. 3. 18.}} 자택 화장실에서 미끄러져 낙상 후 우측 고관절 통증 및 보행 불가로 내원함.
X-ray상 전위된 경부골절 소견으로 수술적 치료 필요하여 귀원에 의뢰드립니다.
항응고제 복용력 없음. 최근 혈압 150/90 전후.

의뢰일 : {{date:2024년 3월 19일}}
의뢰기관 : {{org_name:튼튼정형외과의원}} (요양기관기호 {{code:31312345}})
의뢰의사 : 정형외과 전문의  [[PERSON:윤태식]]  (인)

{{org_name:아주대학교병원}} 정형외과 선생님 귀하"""},

{"id": "s5-g01-002", "kind": "discharge_summary", "text": """DISCHARGE SUMMARY
Pt name: [[PERSON:KANG JIHOON]] ([[PERSON:강지훈]])   Sex/Age: M/34   DOB: [[BIRTH_DATE:1990-02-11]]
Adm: {{date:2024-05-02}}   Disch: {{date:2024-05-09}}   Ward: {{room_number:71W-7105}}
Attending: Dr. [[PERSON:Park Soyeon]] (GS)

Dx) Acute appendicitis with perforation, localized peritonitis
Op) Lap. appendectomy ({{date:05/02}}, op time 55min)
Hospital course:
 POD#1 sips of water, POD#2 SFD. fever up to 38.4 on POD#3 -> CT: no abscess. abx changed to pip/tazo.
 afebrile since POD#5, WBC 14.2 -> 8.1.
Discharge Med) cefixime 100mg 1T bid x 5d, acetaminophen 650mg prn
F/U) GS OPD {{date:2024-05-16}} (Dr. Park). 보호자: 배우자 [[PERSON:이나래]] [[PHONE_NUMBER:010-3391-7720]]"""},

{"id": "s5-g01-003", "kind": "admission_certificate", "text": """入退院確認書 (입퇴원확인서)

성      명 : [[PERSON:皇甫 敏]] ([[PERSON:황보민]])
생년월일 : [[BIRTH_DATE:1962年 11月 3日]]
입원기간 : {{date:2024.01.08}} ~ {{date:2024.01.22}} (15일간)
진 료 과 : 신경과
병    명 : 뇌경색증 ({{code:I63.9}})

위와 같이 본원에 입원하였음을 확인합니다.

발행일 {{date:2024. 01. 23}}
{{org_name:성남중앙병원}}  원무과장 (직인)
※ 본 확인서는 보험회사 제출용으로만 사용하십시오. 문의 {{public_number:031-780-8114}}"""},

{"id": "s5-g01-004", "kind": "chat_message", "text": """[병동 인계방] 2024년 6월 11일 화요일
[[PERSON:수빈]] 쌤  오후 3:02
705호 2번 베드 [[PERSON:김옥자]] 할머니 오늘 PRN 2번 나갔어요 ㅠ 보호자 아드님 번호 바뀌었대요 [[PHONE_NUMBER:010 4418 2093]]으로 수정해주세요
[[PERSON:하은]]  오후 3:05
넵 EMR 수정할게요! 생년 [[BIRTH_DATE:41]]년 맞죠? 원무과에서 [[BIRTH_DATE:1947]]로 잘못 들어가있어서요
[[PERSON:수빈]] 쌤  오후 3:06
[[BIRTH_DATE:41]] 맞아요 주민번호 앞자리 [[KR_RRN:410205]]
[[PERSON:정민]] 책임님  오후 3:11
7병동 내일 {{date:6/12}} 오전 투약카트 점검 있어요 {{time:09:30}}까지 정리 부탁"""},

{"id": "s5-g01-005", "kind": "complaint", "text": """제목: ○○의원 진료비 과다청구 관련 민원입니다

안녕하세요. 저는 용인시 수지구에 사는 [[PERSON:문가영]]이라고 합니다.
지난 {{date:4월 27일}} 동네 {{org_name:해맑은이비인후과의원}}에서 비염 때문에 진료를 받았는데 영수증을 보니 제가 받지도 않은 검사(알레르기 피부반응검사)가 청구되어 있었습니다.
병원에 전화했더니 접수 직원분이 확인해보겠다고만 하고 2주째 연락이 없습니다.
처리 결과는 메일([[EMAIL_ADDRESS:gayoung.moon88@naver.com]])이나 휴대폰 [[PHONE_NUMBER:010-5127-3396]]로 알려주세요.
우편은 [[KR_ADDRESS:용인시 수지구 풍덕천로 129 203-1502]]로 보내주시면 됩니다.
보건소 대표메일 {{public_email:health@yongin.go.kr}} 로도 같은 내용 보냈습니다."""},

{"id": "s5-g01-006", "kind": "health_checkup_notice", "text": """2024년 일반건강검진 결과 통보서

수검자  [[PERSON:오*진]] 님  ([[BIRTH_DATE:1978.**.**]])
검진일  {{date:2024-08-21}}   검진기관 {{org_name:(재)한국건강관리협회 경기지부}}
판정    정상B(경계) - 이상지질혈증 의심, 생활습관 개선 필요
재검 권고 기한 : {{date:2024. 12. 31.}}까지
※ 결과 문의는 검진기관 대표번호 {{public_number:1588-0018}}로 하시기 바랍니다."""},

{"id": "s5-g01-007", "kind": "medical_certificate", "text": """진 단 서  (Medical Certificate)                    연번호 {{document_number:제2024-0712호}}

환자의 성명  [[PERSON:NGUYEN VAN HUNG]] ([[PERSON:응우옌 반 흥]])       성별 남
외국인등록번호  [[KR_FRN:880614-5271039]]
여권번호  [[KR_PASSPORT:C7734120]] (Viet Nam)
환자의 주소  [[KR_ADDRESS:경기도 화성시 향남읍 발안공단로5길 22-7, 기숙사 3층 302호]]
전화번호  [[PHONE_NUMBER:010-2284-9061]]

병명  좌측 제2,3수지 중위지골 골절 / 좌측 수부 열상
임상적 추정 (O)  최종진단 ( )
발병일  {{date:2024년 7월 3일}} (작업 중 프레스 기계에 끼임)
향후 치료 의견  수상일로부터 약 6주간의 안정가료 및 치료를 요함.

진료일 {{date:2024. 07. 05}}
의료기관 {{org_name:화성삼성정형외과의원}}
의사 [[PERSON:조현우]]  면허 제 54017 호  (서명)"""},

{"id": "s5-g01-008", "kind": "access_log", "text": """[개인정보 접속기록 점검 결과] 대상기간 {{date:2024-09-01}} ~ {{date:2024-09-30}} / 추출: 정보보안팀

사번,성명,부서,접속일시,접속IP,조회환자,수행업무
[[EMPLOYEE_ID:N2015-0233]],[[PERSON:한지민]],외과병동,{{date:2024-09-03 02:14:55}},[[IP_ADDRESS:10.21.4.117]],[[PERSON:서동철]],처방조회
[[EMPLOYEE_ID:N2015-0233]],[[PERSON:한지민]],외과병동,{{date:2024-09-03 02:16:02}},[[IP_ADDRESS:10.21.4.117]],[[PERSON:서동철]],간호기록 출력
[[EMPLOYEE_ID:A2021-0047]],[[PERSON:류승호]],원무팀,{{date:2024-09-14 13:40:11}},[[IP_ADDRESS:10.21.9.52]],[[PERSON:김나연]],진료비 상세 조회
[[EMPLOYEE_ID:D2019-1108]],[[PERSON:장세영]],내과,{{date:2024-09-22 23:58:37}},[[IP_ADDRESS:192.168.30.206]],[[PERSON:박경수]],검사결과 조회 (비담당 환자)

※ 비고: 마지막 건은 담당 외 환자 조회로 소명 요청. 게이트웨이 [[IP_ADDRESS:10.21.0.1]], 서브넷 {{subnet_mask:255.255.0.0}}, EMR 버전 {{version:v3.8.12}}"""},

{"id": "s5-g01-009", "kind": "er_record", "text": """응급실 초진기록 / 내원 {{date:24.10.02}} {{time:01:47}} / 119 구급차 이송
신원미상 남자(추정 50대) → 소지품 중 신분증으로 확인: [[PERSON:노병철]] [[KR_RRN:710923-1******]]
의식 drowsy, 알코올 냄새 (+), 이마 열상 3cm. 보호자 연락 시도: 휴대폰 잠김.
사회복지팀 의뢰, 주소지 [[KR_ADDRESS:성남시 수정구 수진동 3291 2층]] 관할 주민센터 확인 요청함."""},

{"id": "s5-g01-010", "kind": "staff_list", "text": """<2025년 상반기 QI위원회 위원 명단>

| 구분 | 성명 | 소속 | 사번 | 직통전화 | 이메일 |
|---|---|---|---|---|---|
| 위원장 | [[PERSON:백승원]] | 진료부원장 | [[EMPLOYEE_ID:19980412]] | [[PHONE_NUMBER:031-8017-2201]] | [[EMAIL_ADDRESS:swbaek@snmc.or.kr]] |
| 위원 | [[PERSON:남궁 현]] | 간호부 | [[EMPLOYEE_ID:20070188]] | [[PHONE_NUMBER:031-8017-2340]] | [[EMAIL_ADDRESS:namgung.h@snmc.or.kr]] |
| 위원 | [[PERSON:Sarah Lim]] | 국제진료센터 | [[EMPLOYEE_ID:20190931]] | 내선 {{extension:4471}} | [[EMAIL_ADDRESS:sarah.lim@snmc.or.kr]] |
| 간사 | [[PERSON:독고은비]] | QI팀 | [[EMPLOYEE_ID:20220315]] | [[PHONE_NUMBER:031-8017-2488]] | {{public_email:qi@snmc.or.kr}} |

※ 병원 대표번호 {{public_number:031-8017-2114}} / 회의: 매월 셋째 주 목요일 (1차 {{date:2025.01.16}})"""},

{"id": "s5-g01-011", "kind": "birth_certificate", "text": """출 생 증 명 서

출생아  성별: 여   출생일시: [[BIRTH_DATE:2024년 2월 29일]] 05시 41분   체중 3.12kg
산모  성명: [[PERSON:편혜진]]   생년월일: [[BIRTH_DATE:1993.06.17]]
      주소: [[KR_ADDRESS:수원시 권선구 권선로 308-11 (권선동) 1층]]
부    성명: [[PERSON:Tomás Herrera]]  국적: 스페인
분만장소: 병원 (○)  자택 ( )  기타 ( )

위와 같이 출생하였음을 증명합니다.
{{date:2024년 3월 2일}}
{{org_name:미래여성병원}}  산부인과 전문의 [[PERSON:심재영]]"""},

{"id": "s5-g01-012", "kind": "sms", "text": """[웃는치과] [[PERSON:임*훈]]님 {{date:11/08(금)}} {{time:오후 2시 30분}} 스케일링 예약되었습니다. 변경은 {{public_number:031-275-2875}} (예약번호 {{reservation_number:R-88213}})"""},

{"id": "s5-g01-013", "kind": "referral_reply", "text": """회 송 서

받는 곳 : {{org_name:봄날가정의학과의원}} [[PERSON:신유정]] 원장님
보내는 곳 : {{org_name:분당서울대학교병원}} 내분비내과 [[PERSON:장도윤]]

환자 [[PERSON:구본식]] 님 ([[BIRTH_DATE:'58.04.02]]생, 남)
{{date:'24.10.14}} 의뢰하신 환자로 갑상선 초음파 및 미세침흡인검사 시행하였으며 양성 결절(Bethesda II)로 확인되었습니다.
1년 후 초음파 추적 관찰 권유드리며, 혈당은 HbA1c 6.9%로 현재 처방 유지 부탁드립니다.
추적 일정: {{date:2025년 10월 경}}
감사합니다.   작성일 {{date:2024-11-04}}"""},

{"id": "s5-g01-014", "kind": "consultation_note", "text": """요양병원 입원 상담지

상담일: {{date:2025/01/06}}   상담자: 사회복지사 [[PERSON:탁윤서]]
대상자: [[PERSON:왕춘화]] (82세, 여)  생년월일: 음력 [[BIRTH_DATE:1942. 12. 8.]]
현 거주지: [[KR_ADDRESS:용인시 처인구 김량장동 281-14 청솔빌라 B동 201호]]
주보호자: 며느리 [[PERSON:손정애]] (HP: [[PHONE_NUMBER:010-7765-0412]])  차남 [[PERSON:유재훈]] ([[PHONE_NUMBER:010-9901-3318]])
장기요양등급: 3등급 (인정번호 {{certificate_number:L1234567890}})
주요 진단: 알츠하이머 치매, 당뇨병
요청사항: 2인실 희망, 주말 면회 가능 여부 문의
비고: 입원 예정일 {{date:1월 13일(월)}}"""},

{"id": "s5-g01-015", "kind": "receipt", "text": """[진료비 계산서·영수증]  환자등록번호 {{patient_number:2024-0031882}}
환자성명 [[PERSON:배서윤]]   진료기간 {{date:2024.12.03}}~{{date:2024.12.03}}   외래
진료과목 소아청소년과   영수증번호 {{receipt_number:20241203-0457}}
본인부담금 12,400  공단부담금 18,730  합계 31,130
카드종류 신한  카드번호 [[CREDIT_CARD:4518-44**-****-2207]]  할부 일시불
승인번호 {{approval_number:30127745}}   승인일시 {{date:2024/12/03 11:22:09}}
사업자등록번호 {{business_number:124-86-12017}}  대표자 ○○○"""},

{"id": "s5-g01-016", "kind": "case_management", "text": """사례관리 회의록 (정신건강복지센터)

일시: {{date:2024.07.25(목)}} 14:00   참석: 팀장 [[PERSON:위성호]], 담당 [[PERSON:하주연]], 의료기관 연계담당 [[PERSON:엄태민]]
대상자: [[PERSON:진○호]] (남, [[BIRTH_DATE:1995]]년생)
- {{date:7/19}} 가정방문 시 약 복용 중단 확인, 모친 [[PERSON:이경숙]] 씨가 동행 거부함
- 주치의 외래 예약 {{date:8월 2일}}로 앞당김
- 모친 연락처 [[PHONE_NUMBER:010-3120-44XX]] (끝자리 본인 요청으로 기록 생략)
결정사항: 2주 간격 방문 유지, 위기 시 {{public_number:1577-0199}} 안내"""},

{"id": "s5-g01-017", "kind": "school_referral", "text": """보건실 → 병원 의뢰 메모

○○고등학교 보건교사 [[PERSON:채은정]] ([[PHONE_NUMBER:031-213-7745]] 보건실 직통)
학생: 2학년 5반 [[PERSON:마준서]] 학번 [[STUDENT_ID:20518]]
체육시간({{date:10.17.}} 5교시) 농구 중 우측 발목 내번 손상. 부종 심하고 체중부하 불가.
부모님([[PERSON:마성근]] [[PHONE_NUMBER:010-6653-2190]])과 통화 완료, 인근 정형외과로 이동합니다.
학교안전공제 청구 예정이니 진단서 1부 부탁드립니다."""},

{"id": "s5-g01-018", "kind": "refund_request", "text": """병원 홈페이지 > 고객의 소리 > 글번호 {{post_number:4821}}

작성자: [[PERSON:염**]]   작성일: {{date:2025-02-14 21:07}}
제목: 중복결제 환불 부탁드립니다

{{date:2월 10일}} 아이([[PERSON:염하람]], [[BIRTH_DATE:2019.9.5]]) 독감 진료비가 키오스크에서 두 번 결제됐습니다.
수납창구에서 카드취소 안 된다고 계좌로 환불해준다고 하셨는데 아직 안 들어왔어요.
환불계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-17-8820451]] 예금주 [[PERSON:염동현]]
확인 부탁드립니다."""},
]
