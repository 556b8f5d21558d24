# Writer b, batch 05: mixed domains (elections, pets, parking, road damage). CC0 1.0. All values invented.
DOCS = [
{"id": "s11-b05-001", "kind": "spreadsheet_export", "text": """거소투표 신고 일괄접수 명단 - 은혜요양원 (용인시 처인구 역북동)
연번	성명	생년월일	주민등록상 주소	신고일
1	[[PERSON:김봉례]]	[[BIRTH_DATE:1933.02.11]]	[[KR_ADDRESS:용인시 처인구 역북동 774-2]]	{{date:05.12}}
2	[[PERSON:서 판 례]]	[[BIRTH_DATE:1936.10.05]]	[[KR_ADDRESS:용인시 처인구 삼가동 11-31 2층]]	{{date:05.12}}
3	[[PERSON:추영식]]	[[BIRTH_DATE:1940.07.23]]	[[KR_ADDRESS:용인시 기흥구 신갈로 58번길 11, 302동 508호]]	{{date:05.13}}
4	[[PERSON:이 귀 임]]	[[BIRTH_DATE:1929.12.30]]	[[KR_ADDRESS:용인시 처인구 모현읍 일산리 산 24-1]]	{{date:05.13}}
신고기간 {{date:2026.5.12}}~{{date:5.16}} / 요양원 대표번호 {{public_number:031-339-7700}} / 담당 사회복지사 [[PERSON:한 아 름]] [[PHONE_NUMBER:010-3308-9142]]"""},

{"id": "s11-b05-002", "kind": "application_form", "text": """주민참여예산위원 공개모집 응모서
姓名 [[PERSON:朴成浩]] (한글: [[PERSON:박성호]])
出生 [[BIRTH_DATE:1965年 3月 7日]]
주소 [[KR_ADDRESS:(16677) 경기도 수원시 영통구 광교중앙로 170, 광교 자연앤힐스테이트 5203동 1101호]]
휴대폰 [[PHONE_NUMBER:010-8855-2107]] / e-mail [[EMAIL_ADDRESS:parksh65@korea.kr]]
경력: 前 초등학교 교감 ({{date:2025년 2월}} 정년퇴직), 광교1동 주민자치회 위원
응모분과: 교육·청소년"""},

{"id": "s11-b05-003", "kind": "registration_form", "text": """반려견 놀이터 이용 등록 (성남시 탄천 반려견놀이터)
보호자: [[PERSON:예 지 민]] / [[BIRTH_DATE:'88.4.16]]
주소: [[KR_ADDRESS:성남 분당 정자동 느티마을 3단지 304-1101]]
연락처: [[PHONE_NUMBER:010/4417/3098]]
반려견: 코코 (웰시코기, {{date:2021.06.14}}생), 동물등록번호 {{animal_registration_number:410081100938215}}, 광견병 접종 {{date:2026.03.02}}
연간 이용료 {{amount:20,000원}} 결제: 국민카드 [[CREDIT_CARD:9445 4120 0087 162?]]"""},

{"id": "s11-b05-004", "kind": "complaint_letter", "text": """동물장묘업 관련 민원 (수원시 권선구청 경제교통과)

권선구 {{place_name:입북동 반려동물장례식장}}(대표 [[PERSON:마 동 훈]], 사업자 [[KR_BRN:138-21-5570?]])에 저희 강아지 화장을 맡겼는데 유골이 다른 아이 것 같습니다.
장례비 {{amount:45만원}} 카드로 냈습니다 (카드 [[CREDIT_CARD:3565-****-****-0417]]).
등록번호 조회해서 영업정지 여부 알려주세요. 
민원인 [[PERSON:채 윤 서]] [[PHONE_NUMBER:010-9920-5834]] [[KR_ADDRESS:수원시 권선구 호매실로 90번길 35, 201동 1605호]]"""},

{"id": "s11-b05-005", "kind": "case_note", "text": """개물림 사고 - 가해견주 외국인 ({{date:2026.05.03}} 접수)
견주: [[PERSON:Aleksandr Petrov]] (러시아), 외국인등록번호 [[KR_FRN:800921-5147722]], 여권 [[KR_PASSPORT:75 4419028]]
생년월일: [[BIRTH_DATE:21.09.1980]]
주소: [[KR_ADDRESS:성남시 수정구 복정동 635-7 드림빌 401호]]
피해자: 배달기사 [[PERSON:소 준 영]] ([[BIRTH_DATE:1997.12.02]]) 오토바이 하차 중 우측 허벅지 물림
견종: 허스키, 목줄 착용했으나 보호자 손에서 놓침
담당 [[PERSON:권나래]] / 통역 요청 (러시아어) 다누리콜센터 {{public_number:1577-1366}}"""},

{"id": "s11-b05-006", "kind": "confirmation", "text": """거주사실 확인서 (거주자우선주차 신청용)
위 사람 [[PERSON:하 영 진]](주민번호 앞자리 [[KR_RRN:770402]])은 [[KR_ADDRESS:수원시 팔달구 매산로1가 11-1 3층]]에 실제 거주하고 있음을 확인합니다.
보유차량: [[KR_CAR_PLATE:경남 31 가 2094]] (타지역 번호판, 아직 이전 안 함)
{{date:2026. 2. 10.}}
확인자: 매산동 4통장 [[PERSON:임 순 옥]] (인)  ☎ [[PHONE_NUMBER:010-6677-2415]]"""},

{"id": "s11-b05-007", "kind": "email", "text": """제목: 견인료 카드 이중결제 환불 요청

보관소에서 견인료 결제할 때 단말기 오류라고 두 번 긁었는데 두 번 다 승인됐습니다.
{{date:4월 18일}} 18:52, 18:53 각각 {{amount:40,000원}}, 승인번호 {{approval_number:11827704}} / {{approval_number:11827719}}
카드: 현대카드 [[CREDIT_CARD:5433 7711 2049 881?]]
차량: [[KR_CAR_PLATE:19오 5503]]
한 건 취소 부탁드립니다. [[PERSON:송 다 빈]] 드림 ([[PHONE_NUMBER:010.2285.4470]], [[EMAIL_ADDRESS:dabin_song@naver.com]])"""},

{"id": "s11-b05-008", "kind": "system_log", "text": """[safety-report] {{date:2026-04-29 07:12:33}} NEW report={{case_number:SP2604-4410293}} type=불법주정차(소화전) plate=[[KR_CAR_PLATE:58나 2213]] loc="{{place_name:죽전로 단국대정문 앞}}" reporter=[[PERSON:윤 성 필]] tel=[[PHONE_NUMBER:010-4419-2276]] ip=[[IP_ADDRESS:175.223.14.91]]
[safety-report] {{date:2026-04-29 07:12:34}} photos=2 interval=62s exif_ok=true
[safety-report] {{date:2026-04-29 09:40:02}} ROUTE to=수지구 교통과 handler=[[EMPLOYEE_ID:SJ-1447]]"""},

{"id": "s11-b05-009", "kind": "case_note", "text": """포트홀 배상 - 외국인 관광객 렌터카
운전자: [[PERSON:TANAKA YUKI]] (일본), 여권 [[KR_PASSPORT:TR4418730]], 생년월일 [[BIRTH_DATE:1995/11/30]]
국제운전면허 소지, 국내 면허번호 없음. 차량 [[KR_CAR_PLATE:26호 8804]] (롯데렌터카 {{business_number:110-81-44211}})
동승자 [[PERSON:SATO HARUKA]] (여권 [[KR_PASSPORT:TK0918273]])
사고: {{date:4/20}} 14시경 {{place_name:용인 에버랜드로}} 진입구간 포트홀, 타이어 펑크
→ 렌트사가 1차 수리 후 구상 청구 예정이라 함. 운전자 출국일 {{date:4/23}}. 연락 이메일 [[EMAIL_ADDRESS:yuki.tnk1130@yahoo.co.jp]]"""},

{"id": "s11-b05-010", "kind": "spreadsheet_export", "text": """구분,통,반,성명,생년월일,주소,연락처,비고
반장,14,1,[[PERSON:곽미라]],[[BIRTH_DATE:19760805]],"[[KR_ADDRESS:용인시 수지구 동천동 893 래미안이스트팰리스 1003동 502호]]",[[PHONE_NUMBER:010-7701-3388]],
반장,14,2,[[PERSON:Vo Thi Hoa]],[[BIRTH_DATE:1990-01-09]],"[[KR_ADDRESS:동천동 893 래미안이스트팰리스 1005동 1302호]]",[[PHONE_NUMBER:010-2208-9915]],결혼이민자
반장,14,3,[[PERSON:엄 기 택]],[[BIRTH_DATE:1952-05-29]],"[[KR_ADDRESS:동천동 893 래미안이스트팰리스 1007동 104호]]",[[PHONE_NUMBER:031-262-4417]],휴대폰없음(자택)
※ 재위촉일 {{date:2026-01-01}} / 임기 {{statistic:2년}}"""},

{"id": "s11-b05-011", "kind": "opinion_statement", "text": """과태료 의견진술 (화물차 심야 차고지외 밤샘주차)
차량 [[KR_CAR_PLATE:경기 90 사 4418]] (1톤 냉동탑차, 영업용)
소유자: [[PERSON:구 정 환]] (개인사업자 '정환물류', 사업자번호 [[KR_BRN:212-06-8813?]])
운전면허: [[KR_DRIVER_LICENSE:경기 96-118304-22]] (1종 보통)
생년월일: [[BIRTH_DATE:1974.09.16]]
주소: [[KR_ADDRESS:용인시 처인구 양지면 남곡리 384-6]]
내용: 차고지({{place_name:양지 화물공영차고지}})가 만차여서 부득이하게 인근 도로에 주차했습니다. 차고지 관리인 [[PERSON:윤병만]]씨에게 확인 가능합니다."""},

{"id": "s11-b05-012", "kind": "notice_form", "text": """반려동물 사망 신고서
소유자 [[PERSON:강 해 림]]  생년월일 [[BIRTH_DATE:2000. 1. 9.]]  ☎ [[PHONE_NUMBER:010-5812-0096]]
주소 [[KR_ADDRESS:수원시 영통구 영통로 214번길 9, 벽산아파트 709동 201호]]
동물명 초코 / 푸들 / 수컷 / 동물 출생 {{date:2011.05.01}} / 사망 {{date:2026.04.09}}
동물등록번호 {{animal_registration_number:410110001944820}}
사망사유 노령 (신부전)"""},

{"id": "s11-b05-013", "kind": "petition", "text": """길고양이 급식소 설치 반대 연명부 (정자동 한솔마을 5단지)
동·호          성명        서명
[[KR_ADDRESS:한솔마을 5단지 502동 304호]]  [[PERSON:우 정 미]]   (서명)
[[KR_ADDRESS:한솔마을 5단지 502동 1105호]] [[PERSON:장 대 성]]   (서명)
[[KR_ADDRESS:한솔마을 5단지 503동 702호]]  [[PERSON:Hwang J.]]   (서명)
[[KR_ADDRESS:한솔마을 5단지 506동 1502호]] [[PERSON:진○○]]     (서명)
※ 연명 대표 [[PERSON:우정미]] (입주자대표회의 총무) 연락처 [[PHONE_NUMBER:010-4491-8823]]"""},

{"id": "s11-b05-014", "kind": "disclosure_request", "text": """[정보공개청구 - 주정차 단속카메라 영상]
청구인: 법무법인 해온 (담당 변호사 [[PERSON:엄지수]], [[EMAIL_ADDRESS:jsuhm@haeonlaw.kr]], 직통 [[PHONE_NUMBER:02-3477-1204]], 대표 {{public_number:02-3477-1200}})
위임인: [[PERSON:곽 민 철]] ([[BIRTH_DATE:1981. 10. 30.]]생), [[KR_ADDRESS:성남시 분당구 백현로 101, 파크뷰 617동 2802호]]
요청 영상: {{date:2026.4.2}} {{time:08:10}}~{{time:08:30}} 분당구 {{place_name:정자역 사거리}} 고정식 단속카메라
목적: 교통사고 소송 증거"""},

{"id": "s11-b05-015", "kind": "sms", "text": """[Web발신] [수원시] 주정차위반 과태료 {{amount:32,000원}} 납부기한 {{date:2026.05.31}} / 납부 가상계좌 {{public_account:기업 79901447820931}} / 차량 [[KR_CAR_PLATE:68가 3317]] 소유자 [[PERSON:이*진]]님"""},

{"id": "s11-b05-016", "kind": "memo", "text": """통장님 전화 ☎ [[PHONE_NUMBER:010 9015 3326]] - 6통 [[PERSON:윤국희]] 통장, 반장 [[PERSON:태현]]이 이사 감. {{date:다음주 화}} 후임 서류 가져온대"""},

{"id": "s11-b05-017", "kind": "roster", "text": """권선1동 주민자치회 위원 명단 (2026.3. 현재)
직 위 | 성 명 | 생 일 | 비고
회장 | [[PERSON:鄭大植]] ([[PERSON:정대식]]) | [[BIRTH_DATE:1958. 11.]] | 2기 연임
부회장 | [[PERSON:문 설 희]] | [[BIRTH_DATE:1971. 4.]] |
감사 | [[PERSON:독고 영재]] | [[BIRTH_DATE:1969. 8.]] | 세무사
위원 | [[PERSON:Sabina Rahmonova]] | [[BIRTH_DATE:1988. 2.]] | 외국인 주민
간사(공무원) | [[PERSON:이채원]] | - | 내선 {{public_number:4115}}"""},

{"id": "s11-b05-018", "kind": "claim_form", "text": """가로수 가지 낙하 차량파손 배상신청 (간이)
성명 [[PERSON:표 상 우]] ([[BIRTH_DATE:65. 8. 30]])
차량 [[KR_CAR_PLATE:32두7714]]  면허 [[KR_DRIVER_LICENSE:12-85-441920-07]]
주소 [[KR_ADDRESS:성남시 중원구 하대원동 41-2번지 1층]]
연락 [[PHONE_NUMBER:010-3340-7815]]
계좌 신한 [[BANK_ACCOUNT:110-502-338017]] / 수리비 {{amount:68만원}}
사고일 {{date:4월 11일}} 새벽 (강풍주의보)"""},
]
