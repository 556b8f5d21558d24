# Writer h, batch 02: museum volunteers, culture-heritage commentators, tourist-guide volunteers.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s13-h02-001", "kind": "volunteer_application", "text": """수원화성박물관 자원봉사자 지원서
1. 인적사항
 - 성명(한글): [[PERSON:염지혜]]   (한자): [[PERSON:廉智慧]]
 - 생년월일: [[BIRTH_DATE:1961년 4월 9일]] (만 {{statistic:63세}})
 - 주소: [[KR_ADDRESS:수원시 팔달구 정조로 825번길 7-3, 101호]]
 - 휴대전화: [[PHONE_NUMBER:010-2746-8851]]  이메일: [[EMAIL_ADDRESS:jhyeom61@hanmail.net]]
2. 활동 희망분야: 전시해설(일본어 가능), 체험교실 보조
3. 관련 경력: 초등학교 교사 퇴직({{date:2021.2.28}}), 화성행궁 문화관광해설사 보수교육 이수
작성일 {{date:2025년 3월 2일}}
"""},

{"id": "s13-h02-002", "kind": "volunteer_roster", "text": """[2025 상반기 대학생 전시해설 봉사단 명단]
번호 | 이름 | 소속 | 학번 | 연락처 | 활동요일
1 | [[PERSON:김태린]] | 아주대 사학과 | [[STUDENT_ID:202121458]] | [[PHONE_NUMBER:010-3380-1942]] | 토
2 | [[PERSON:Aigerim Bekova]] | 경기대 관광경영 | [[STUDENT_ID:2022-30117]] | [[PHONE_NUMBER:010-8176-0335]] | 일
3 | [[PERSON:석준기]] | 성균관대(자연) 건축학 | [[STUDENT_ID:2020315776]] | [[PHONE_NUMBER:010-5524-7093]] | 토,일
※ 봉사시간은 1365 포털에 {{date:매월 5일}}까지 일괄 등록
"""},

{"id": "s13-h02-003", "kind": "email", "text": """보낸사람: [[PERSON:Mariko Saito]] <[[EMAIL_ADDRESS:m.saito.korea@gmail.com]]>
받는사람: {{public_email:tour@suwon.go.kr}}
날짜: {{date:2025-04-18 (금) 오후 3:02}}
제목: 通訳ボランティアについて / 통역 자원봉사 문의

안녕하세요. 저는 수원에 거주하는 일본인 [[PERSON:사이토 마리코]]입니다. 일본어 관광안내 자원봉사에 참여하고 싶습니다.
외국인등록번호: [[KR_FRN:870612-6******]]
연락처: [[PHONE_NUMBER:010-9921-4086]]
한국어는 TOPIK 5급입니다. 잘 부탁드립니다.
"""},

{"id": "s13-h02-004", "kind": "activity_log", "text": """문화관광해설사 활동일지 ({{date:2025.05.03}} 토 / 화성행궁 코스)
해설사: [[PERSON:용선미]] (해설사번호 {{code:SW-CT-0412}})
10:00 외국인 단체(대만) {{statistic:22명}} / 중국어 해설
13:30 개별관광객 {{statistic:8명}}
특이사항: 관광객 중 1명([[PERSON:林雅婷]], 대만여권 [[KR_PASSPORT:359184726]]) 휴대폰 분실 → 행궁 관리사무소 인계, 연락처 [[PHONE_NUMBER:+886 912 345 078]] 메모해 둠
"""},

{"id": "s13-h02-005", "kind": "portal_access_log", "text": """# 자원봉사관리시스템 관리자 로그인 이력 (export {{date:2025-06-02}})
{{date:2025-05-30 08:51:07}}  사번=[[EMPLOYEE_ID:Y20190331]]  ip=[[IP_ADDRESS:10.12.48.115]]  result=OK
{{date:2025-05-30 12:04:44}}  사번=[[EMPLOYEE_ID:Y20170118]]  ip=[[IP_ADDRESS:211.234.107.62]]  result=FAIL(pw)
{{date:2025-05-30 12:05:10}}  사번=[[EMPLOYEE_ID:Y20170118]]  ip=[[IP_ADDRESS:211.234.107.62]]  result=OK
비고: 211.x 대역은 외부망 접속(재택). 담당 [[PERSON:나경훈]] 확인 요망. netmask {{subnet_mask:255.255.255.0}} / build {{version:v3.2.18}}
"""},

{"id": "s13-h02-006", "kind": "kakaotalk", "text": """[박물관 주말봉사팀]
[[[PERSON:오은숙]]] 이번주 토요일 어린이 체험교실 보조 가능하신 분?
[[[PERSON:함정란]]] 저요~ 10시부터 가능합니다
[[[PERSON:오은숙]]] [[PERSON:정란]]샘 감사합니다ㅎㅎ 그리고 [[PERSON:명수]]씨 아직 봉사자 보험 서류 안 내셨어요. 주민번호 앞자리랑 뒷자리 첫번째만 적어서 주시면 돼요
[[[PERSON:변명수]]] 아 깜빡했네요 [[KR_RRN:580227-1]] 입니다
[[[PERSON:오은숙]]] 👍
"""},

{"id": "s13-h02-007", "kind": "certificate", "text": """자원봉사활동 확인서
성 명 : [[PERSON:전 하 늘]]
생년월일 : [[BIRTH_DATE:2008年 01月 25日]]
소 속 : 용인 수지고등학교 2학년 (학번 [[STUDENT_ID:20417]])
활동기간 : {{date:2025.01.06 ~ 2025.02.21}}  (총 {{statistic:32시간}})
활동내용 : 용인시박물관 어린이 체험전시 안내
위 사람은 상기와 같이 자원봉사활동을 하였음을 확인합니다.
{{date:2025. 2. 24.}}
용인시박물관장 (직인생략)
"""},

{"id": "s13-h02-008", "kind": "complaint", "text": """어제 남한산성 행궁 해설 들었는데 해설사분이 너무 불친절했어요. 질문하니까 "그건 안내책자 보세요" 하고 끝. 이름표에 [[PERSON:진○철]]이라고 돼있었던 것 같아요. 오후 2시 타임이었구요. 아이들 데리고 일부러 간 건데 속상하네요. 답변은 이메일로 [[EMAIL_ADDRESS:kimjy_mom@daum.net]]
"""},

{"id": "s13-h02-009", "kind": "reimbursement", "text": """자원봉사자 실비(교통비) 지급 명세 - {{date:2025년 6월}}
성명        생년월일     활동일수  지급액      은행   계좌
[[PERSON:도상철]]      [[BIRTH_DATE:550813]]       {{statistic:9일}}       {{amount:90,000}}    우체국 [[BANK_ACCOUNT:012345-02-118870]]
[[PERSON:모혜진]]      [[BIRTH_DATE:720301]]       {{statistic:12일}}      {{amount:120,000}}   농협  [[BANK_ACCOUNT:351-0921-7733-63]]
[[PERSON:선우 재영]]    [[BIRTH_DATE:660519]]       {{statistic:4일}}       {{amount:40,000}}    SC제일 [[BANK_ACCOUNT:634-20-448815]]
※ 1일 1만원 정액 / 지급예정일 {{date:7. 10.}}
"""},

{"id": "s13-h02-010", "kind": "memo", "text": """[[PERSON:은주]]쌤 내일 해설 대타 부탁드려요 제가 병원 예약이 있어서요ㅠ 단체예약 {{reservation_number:R250611-03}} (초등 4학년 {{statistic:2개반}}) 인솔교사 [[PERSON:양동규]] 선생님 번호 [[PHONE_NUMBER:010-4403-9275]] 입니다 - [[PERSON:지현]]
"""},

{"id": "s13-h02-011", "kind": "insurance_list", "text": """봉사자 상해보험 가입 대상자 (2025-2차)
성명,주민등록번호,주소
[[PERSON:함정란]],[[KR_RRN:640905-2******]],[[KR_ADDRESS:하남시 미사강변동로 85 미사강변센트럴자이 1204동 305호]]
[[PERSON:변명수]],[[KR_RRN:580227-152331?]],[[KR_ADDRESS:성남시 수정구 복정로 6-1]]
[[PERSON:Olga Kim]],[[KR_FRN:790416-6094512]],[[KR_ADDRESS:안산시 단원구 원곡로 45 3층]]
보험기간: {{date:2025.07.01 00:00 ~ 2026.06.30 24:00}}
"""},

{"id": "s13-h02-012", "kind": "guide_registration", "text": """관광통역안내사 등록 현황(자원봉사 연계)
- [[PERSON:Nicolas Martin]] (프랑스) / 여권 [[KR_PASSPORT:19AV83251]] / 외국인등록 [[KR_FRN:901122-5168402]] / 불어·영어
- [[PERSON:쩐 반 남]] (베트남) / 여권 [[KR_PASSPORT:C4518027]] / 베트남어
- [[PERSON:박미란]] (한국) / 자격증번호 {{document_number:제2019-0337호}} / 중국어
"""},

{"id": "s13-h02-013", "kind": "shuttle_request", "text": """문화유산 야행 셔틀 운전자원봉사 등록
성명: [[PERSON:공병철]]
운전면허: 1종 보통 [[KR_DRIVER_LICENSE:경기 13-842117-52]]
차량: 본인 승합차 [[KR_CAR_PLATE:경기 37 러 1123]] (예비: 렌트 [[KR_CAR_PLATE:72허 1083]])
연락처: [[PHONE_NUMBER:010-2275-0648]]
운행일: {{date:8/8(금)~8/10(일)}} 19:00~23:00
"""},

{"id": "s13-h02-014", "kind": "survey_response", "text": """[방문객 만족도 조사 - 서술형 응답 원문]
Q. 개선할 점이 있다면?
A. 오디오가이드 대여할 때 신분증 맡기라고 하는데 저는 면허증밖에 없어서 맡겼더니 직원분이 면허번호([[KR_DRIVER_LICENSE:11-19-093452-71]])를 대장에 그대로 적더라구요. 좀 불안했습니다.
Q. 연락처(경품 추첨용, 선택)
A. [[PHONE_NUMBER:010 6017 3384]] [[PERSON:채윤아]]
"""},

{"id": "s13-h02-015", "kind": "notice", "text": """[공지] 2025 문화관광해설사 신규 양성교육 모집
- 모집기간: {{date:2025. 8. 1.(금) ~ 8. 14.(목)}}
- 자격: 공고일 현재 성남시 거주 만 {{statistic:20세}} 이상
- 제출서류: 지원서, 주민등록초본 1부
- 접수: 방문 또는 이메일({{public_email:culture_tour@seongnam.go.kr}})
- 문의: 문화관광과 관광진흥팀 {{public_number:031-729-3264}}
※ 지원서의 여권번호란은 예시({{code:M12345678}})처럼 기재
"""},

{"id": "s13-h02-016", "kind": "travel_agency_contract", "text": """팸투어 용역 계약서 (요약)
발주: 용인시 문화관광과
수급인 상호: 길벗여행사 (대표 [[PERSON:어진호]], 개인사업자)
사업자등록번호: [[KR_BRN:135-24-6601?]]
사업장 소재지: [[KR_ADDRESS:용인시 처인구 금령로 61, 2층 203호]]
협력업체: (주)한빛관광버스 {{business_number:142-81-33096}}
계약기간 {{date:2025.09.01.~2025.10.31.}} / 계약금액 {{amount:일금 삼백팔십만원정}}
"""},

{"id": "s13-h02-017", "kind": "volunteer_leave", "text": """봉사활동 중단 신청합니다.
이름 [[PERSON:태미경]] 생년 [[BIRTH_DATE:1957]] 활동분야 전시해설
사유: 남편 간병 때문에 당분간 나가기 어렵습니다. 가을에 다시 할게요.
{{date:6월 12일}} 제출
"""},

{"id": "s13-h02-018", "kind": "call_center_note", "text": """[콜센터 메모] 관광안내 1330 이관건
통화자: 영국 관광객 [[PERSON:Emily Carter]] / 숙소 수원역 인근 게스트하우스
요청: 수원화성 영어 해설 예약. 동행 [[PERSON:James Whitfield]] (남편)
회신: 영문 이메일 [[EMAIL_ADDRESS:emily.carter77@outlook.com]] / 로밍폰 [[PHONE_NUMBER:+44 7700 918244]]
처리: 수원문화재단 관광안내소 통보 {{date:2025.10.04 11:37}} 상담 [[PERSON:은솔]]
"""},
]
